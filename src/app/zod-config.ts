// Imported first by main.tsx, before any schema is built: zod's JIT compiles a parser (new Function)
// for every object schema the first time it parses, which the start path pays on a slow phone for
// parsers it runs once or twice (docs/performance.md). Without it zod walks the schema instead.
import { z } from 'zod/mini';

z.config({ jitless: true });
