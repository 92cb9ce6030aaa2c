/**
 * The words of an error thrown by a Web SDK call, whatever its shape: an `Error`'s message, a REST
 * body's `message` or a SCIM body's `detail` (https://developers.miro.com/docs/errors), else the
 * value as text. Never "[object Object]".
 *
 * @example miroErrorMessage({ status: 429, code: 'tooManyRequests', message: 'Request rate limit exceed' }) // 'Request rate limit exceed'
 */
export function miroErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null) {
    const body = error as Record<string, unknown>;
    for (const name of ['message', 'detail']) {
      if (typeof body[name] === 'string' && body[name] !== '') return body[name];
    }
    try {
      return JSON.stringify(error);
    } catch {
      return String(error);
    }
  }
  return String(error);
}
