import Fastify from 'fastify';

/** The baseline of the licensing benchmark: a bare Fastify route answering constant JSON, in its own process. */
const app = Fastify({ logger: false });
app.post('/constant', async () => ({ valid: true, code: 'VALID' }));
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
console.log(`listening on ${typeof address === 'object' && address ? address.port : ''}`);
