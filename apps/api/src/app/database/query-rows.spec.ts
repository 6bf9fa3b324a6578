import { queryRows } from './query-rows';

describe('queryRows', () => {
  it('unwraps the [rows, count] TypeORM returns for UPDATE and DELETE', async () => {
    const rows = [{ id: 'a' }];
    expect(await queryRows({ query: async () => [rows, 1] } as never, 'UPDATE x')).toBe(rows);
    expect(await queryRows({ query: async () => [[], 0] } as never, 'DELETE x')).toEqual([]);
  });

  it('passes other results through', async () => {
    const rows = [{ id: 'a' }, { id: 'b' }];
    expect(await queryRows({ query: async () => rows } as never, 'SELECT')).toBe(rows);
  });
});
