const { composePlugins, withNx } = require('@nx/webpack');

// Bundles the API with tsc (decorator metadata for Nest's DI); node_modules stay external.
module.exports = composePlugins(withNx(), (config) => config);
