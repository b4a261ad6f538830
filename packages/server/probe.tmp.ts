import { PGlite } from '@electric-sql/pglite';
let t = Date.now();
const pg = new PGlite(); await pg.waitReady; console.log('pglite', Date.now() - t); t = Date.now();
await pg.exec('create table x (a int)');
const dump = await pg.dumpDataDir('none'); console.log('dump', Date.now() - t, dump.size); t = Date.now();
const pg2 = new PGlite({ loadDataDir: dump }); await pg2.waitReady; console.log('load', Date.now() - t); t = Date.now();
console.log(await pg2.query('select count(*) from x'));
const pg3 = await (pg as any).clone?.(); console.log('clone', Date.now() - t, !!pg3); t = Date.now();
const pg4 = new PGlite(); await pg4.waitReady; console.log('fresh again', Date.now() - t);
