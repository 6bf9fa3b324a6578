import { HttpStatus, Logger, type ArgumentsHost } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { ApiException } from '../common/api-exception';
import { bilingual } from '../common/bilingual';
import { WsExceptionsFilter } from './ws-exceptions.filter';

/** The arguments Nest passes a gateway handler: (socket, data, ack, pattern). */
function host(ack?: jest.Mock) {
  const socket = { id: 's1', emit: jest.fn() };
  const payload = { caseId: 'rahasia-payload' };
  const context = new ExecutionContextHost([socket, payload, ack, 'case:join']);
  context.setType('ws');
  return { socket, host: context as unknown as ArgumentsHost };
}

describe('WsExceptionsFilter', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers an unknown error with a generic ack, logs it, and never emits the payload', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const ack = jest.fn();
    const { socket, host: h } = host(ack);
    new WsExceptionsFilter().catch(new RangeError('Maximum call stack size exceeded'), h);
    expect(ack).toHaveBeenCalledWith({
      error: { code: 'INTERNAL', message: expect.objectContaining({ id: expect.any(String) }) },
    });
    expect(socket.emit).not.toHaveBeenCalled();
    const logged = error.mock.calls.map((call) => call.join(' ')).join('\n');
    expect(logged).toContain('case:join');
    expect(logged).not.toContain('rahasia-payload');
  });

  it('keeps the code and field of an API error', () => {
    const ack = jest.fn();
    const { host: h } = host(ack);
    new WsExceptionsFilter().catch(
      new ApiException(HttpStatus.FORBIDDEN, 'FORBIDDEN', bilingual('Tidak boleh', 'No'), [
        { field: 'caseId', message: bilingual('x', 'x') },
      ]),
      h,
    );
    expect(ack).toHaveBeenCalledWith({
      error: { code: 'FORBIDDEN', message: { id: 'Tidak boleh', en: 'No' }, field: 'caseId' },
    });
  });

  it('does nothing more when the client asked for no ack, and survives an ack that throws', () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { socket, host: h } = host();
    expect(() => new WsExceptionsFilter().catch(new Error('boom'), h)).not.toThrow();
    expect(socket.emit).not.toHaveBeenCalled();
    const throwing = jest.fn(() => {
      throw new Error('transport closed');
    });
    expect(() =>
      new WsExceptionsFilter().catch(new Error('boom'), host(throwing).host),
    ).not.toThrow();
  });
});
