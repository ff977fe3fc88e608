// npm start: the demo with Twenterand's data, served from the sources (no build needed).
import { createServer } from 'vite';

const server = await createServer({ configFile: 'vite.config.ts', server: { port: Number(process.env.PORT) || 5173, host: 'localhost' } });
await server.listen();
const address = server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
console.log(`\n  Helder demo: ${address}demo/\n  (Ctrl+C to stop)\n`);
