// The CLIs print zod's issue texts (a snapshot's problems, a live run's VkValidationError) in zod's
// English, as they always have. zod/mini loads no locale, so the CLIs load the English one here; the
// app does not (its screens describe errors by their type, in Russian).
import { z } from 'zod/mini';

z.config(z.locales.en());
