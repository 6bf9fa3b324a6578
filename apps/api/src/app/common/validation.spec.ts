import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength } from 'class-validator';
import { validatePayload } from './validation';
import { summarizeFieldErrors } from './validation-messages';

class SampleDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(10)
  title!: string;

  @IsInt()
  @Max(5)
  rating!: number;

  @IsIn(['lapor', 'whatsapp'])
  channel!: string;
}

describe('validatePayload', () => {
  it('accepts a valid payload and returns a typed instance', async () => {
    const result = await validatePayload(SampleDto, {
      title: 'Jalan',
      rating: 4,
      channel: 'lapor',
    });
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toBeInstanceOf(SampleDto);
  });

  it('names each offending field in Indonesian and English', async () => {
    const result = await validatePayload(SampleDto, {
      title: 'x'.repeat(11),
      rating: 9,
      channel: 'fax',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fields).toEqual([
      {
        field: 'title',
        message: { id: 'title maksimal 10 karakter', en: 'title must be at most 10 characters' },
      },
      { field: 'rating', message: { id: 'rating maksimal 5', en: 'rating must be at most 5' } },
      {
        field: 'channel',
        message: {
          id: 'channel harus salah satu dari: lapor, whatsapp',
          en: 'channel must be one of: lapor, whatsapp',
        },
      },
    ]);
    const summary = summarizeFieldErrors(result.fields);
    expect(summary.id).toMatch(/^Data tidak valid: title maksimal 10 karakter; rating maksimal 5/);
    expect(summary.en).toMatch(/^Invalid input: title must be at most 10 characters/);
  });

  it('refuses fields the DTO does not declare', async () => {
    const result = await validatePayload(SampleDto, {
      title: 'a',
      rating: 1,
      channel: 'lapor',
      role: 'superadmin',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fields.map((f) => f.field)).toEqual(['role']);
  });

  it.each([null, 'text', 42, [1, 2]])('refuses a non-object payload %j', async (payload) => {
    const result = await validatePayload(SampleDto, payload);
    expect(!result.ok && result.fields[0].field).toBe('payload');
  });

  it('refuses a payload nested deeper than 32 levels before walking it (job data, sockets)', async () => {
    let deep: object = { title: 'a' };
    for (let i = 0; i < 5_000; i++) deep = { title: deep };
    const result = await validatePayload(SampleDto, deep);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.fields).toEqual([
      {
        field: 'payload',
        message: {
          id: 'payload paling banyak 32 tingkat',
          en: 'payload must be nested at most 32 levels deep',
        },
      },
    ]);
  });
});
