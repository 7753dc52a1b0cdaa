import {serveTasks} from './serveTasks.js'

/**
 * A worker thread of the batch, with the product's pipelines (`pipelines/`),
 * loaded on the first task that needs them.
 */
serveTasks(() => import('../../pipelines/index.js').then((module) => module.pipelines))
