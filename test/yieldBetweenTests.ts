import {setImmediate as turn} from 'node:timers/promises'
import {beforeEach} from 'vitest'

// A turn of the event loop before every test. Tests whose awaits all settle as microtasks (SHACL
// validation, JSON-LD expansion of many records) never let the worker read the runner's replies
// between them; after 60 s of that, vitest's RPC times out ("Timeout calling onTaskUpdate") and the
// run fails although every test passed. `setImmediate` runs after the poll phase, so replies get in.
beforeEach(async () => {
  await turn()
})
