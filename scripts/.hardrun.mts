import {readFileSync} from 'node:fs'
import {processBytes} from '../test/helpers/processBytes.js'
const t = Date.now()
const file = await processBytes(process.argv[2]!.split('/').pop()!, readFileSync(process.argv[2]!))
console.log(Date.now() - t, 'ms', file.messages.filter(m=>m.fatal).map(m => m.ruleId + ' ' + m.reason + ' ' + (m.cause as any)?.stack?.slice(0,800)))
console.log(String(file.data.text ?? '').length)
