/** The longest comment the API takes (and the composer and the edit box allow). */
export const COMMENT_MAX_LENGTH = 10_000;
