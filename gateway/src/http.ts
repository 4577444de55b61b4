import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/** What a refused request body gets: a status and a coded Chinese error, like every other refusal. */
function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('connection', 'close');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * Refuses request bodies over `maxBytes` before the gateway reads them: by their declared length,
 * and a body sent without one (chunked) is refused too, since its size is known only once read.
 */
export function limitBodies(handler: RequestListener, maxBytes: number): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
    const declared = req.headers['content-length'];
    if (hasBody && declared === undefined && req.headers['transfer-encoding']) {
      return refuse(res, 411, 'LENGTH_REQUIRED', '请求须注明长度（Content-Length）');
    }
    if (declared !== undefined && Number(declared) > maxBytes) {
      return refuse(res, 413, 'REQUEST_TOO_LARGE', `请求体过大（上限 ${Math.round(maxBytes / 1000)} KB）`);
    }
    handler(req, res);
  };
}
