/**
 * A postback receiver on an https host the test server reaches in process (its `hosts` option):
 * it records what arrives and answers with the status it is told, like a provider's system would.
 */
export function postbackReceiver(host = 'hooks.test') {
  const received: { headers: Headers; body: string }[] = [];
  let status = 200;
  return {
    host,
    url: `https://${host}/vitrine`,
    received,
    /** The status the next deliveries get: 200, a 503 while "down", 410 when gone. */
    answer(next: number) {
      status = next;
    },
    hosts: {
      [host]: async (request: Request) => {
        received.push({ headers: request.headers, body: await request.text() });
        return new Response(status < 300 ? 'ok' : 'down for maintenance', { status });
      },
    },
  };
}
