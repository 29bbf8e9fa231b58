import base from './vite.embed.config.ts';
const alias: Record<string,string> = {};
if ('rhf' === 'zod' || 'rhf' === 'both') alias['zod/mini'] = '/tmp/stubs/zod.js';
if ('rhf' === 'rhf' || 'rhf' === 'both') alias['react-hook-form'] = '/tmp/stubs/rhf.js';
export default { ...base, resolve: { alias } };
