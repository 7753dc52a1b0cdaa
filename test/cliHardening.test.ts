import {spawn} from 'node:child_process'
import {chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runPipeline} from './helpers/runScript.js'

// The compiled CLI (`dist/`, built by the test setup), as `npm run pipeline` runs it.
const runCli = (args: string[]) => runPipeline(args)
/** The output folder's entries, but for the run's own cache (`.cache/`, see README, Scale). */
const outputEntries = (output: string) =>
  readdirSync(output)
    .filter((name) => name !== '.cache')
    .sort()
const temporary = (name: string) => mkdtempSync(path.join(tmpdir(), `kpd-${name}-`))
const good = '# 板门店会谈\n\n2018年4月27日，朝鲜和韩国在板门店举行首脑会谈。\n'

describe('the pipeline command on hostile batches', () => {
  it.each([
    ['equal to the input folder', (input: string) => input],
    ['inside the input folder', (input: string) => path.join(input, 'out')],
    ['inside it through ..', (input: string) => path.join(input, 'sub', '..', 'out')]
  ])('refuses an output folder %s (exit 2)', async (_name, outputOf) => {
    const input = temporary('same')
    mkdirSync(path.join(input, 'sub'))
    writeFileSync(path.join(input, 'a.md'), good)
    const run = await runCli(['--input', input, '--output', outputOf(input)])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('is inside (or is) the input folder')
    expect(readdirSync(input).sort()).toEqual(['a.md', 'sub'])
  })

  it('refuses an output folder it cannot write (exit 2), before reading anything', async () => {
    const input = temporary('read-only')
    writeFileSync(path.join(input, 'a.md'), good)
    // A mode-555 folder stops a user; root writes there all the same, but sysfs takes no new file even from root.
    let output = temporary('read-only-output')
    chmodSync(output, 0o555)
    if (process.getuid?.() === 0) output = '/sys'
    const run = await runCli(['--input', input, '--output', output])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/cannot be written \((EACCES|EPERM|EROFS)\)/)
  }, 60_000)

  it('stops a file that overruns the time budget and writes the others (exit 1)', async () => {
    const input = temporary('budget')
    const output = temporary('budget-output')
    writeFileSync(path.join(input, 'good.md'), good)
    // 8 MB of Chinese prose on few lines: far more than 4 s of cleaning and date tagging.
    writeFileSync(path.join(input, 'huge.txt'), `${'朝鲜和韩国的领导人在板门店举行了会谈，双方讨论了半岛无核化问题。'.repeat(30_000)}\n`.repeat(3))
    const started = Date.now()
    const run = await runCli(['--input', input, '--output', output, '--time-budget', '4', '--concurrency', '2'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/huge\.txt[\s\S]*time budget of 4 s[\s\S]*time-budget/)
    expect(outputEntries(output)).toEqual(['context.jsonld', 'dataset.nq', 'good.jsonld', 'kpd.ttl', 'manifest.json'])
    expect(Date.now() - started).toBeLessThan(90_000)
  }, 120_000)

  it('fails a file over --max-file-size unread, and refuses a bad size', async () => {
    const input = temporary('size')
    const output = temporary('size-output')
    writeFileSync(path.join(input, 'good.md'), good)
    writeFileSync(path.join(input, 'large.md'), good.repeat(100))
    const run = await runCli(['--input', input, '--output', output, '--max-file-size', '1KB'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/large\.md[\s\S]*over the limit of[\s\S]*file-too-large/)
    expect((await runCli(['--input', input, '--output', output, '--max-file-size', 'lots'])).code).toBe(2)
  }, 60_000)

  it('escapes control characters of file names on stderr', async () => {
    const input = temporary('names')
    const output = temporary('names-output')
    writeFileSync(path.join(input, 'evil\u001b[31mred\nforged line.md'), '')
    const run = await runCli(['--input', input, '--output', output])
    expect(run.code).toBe(1)
    expect(run.stderr).not.toContain('\u001b')
    expect(run.stderr).toContain('evil\\u001b[31mred\\nforged line.md')
  }, 60_000)

  it('reads --input /dev/zero and a FIFO as failed inputs, without hanging', async () => {
    const input = temporary('special')
    const output = temporary('special-output')
    const fifo = path.join(input, 'pipe')
    await new Promise((resolve) => spawn('mkfifo', [fifo]).on('exit', resolve))
    const run = await runCli(['--input', '/dev/zero', '--input', fifo, '--output', output])
    expect(run.code).toBe(1)
    expect(run.stderr.match(/not-regular-file/g)).toHaveLength(2)
  }, 60_000)
})

/** Whether every file the run left in place is whole (temporary files aside). */
function expectWholeFiles(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (name.startsWith('.kpd-') || name === '.cache') continue
    const content = readFileSync(path.join(folder, name), 'utf8')
    if (name.endsWith('.json') || name.endsWith('.jsonld')) expect(() => JSON.parse(content), name).not.toThrow()
    if (name.endsWith('.nq')) expect(content === '' || /\.\n$/.test(content), name).toBe(true)
  }
}

function killAfter(args: string[], milliseconds: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'dist/src/cli/pipeline.js'), ...args], {cwd: root, stdio: 'ignore', env: {...process.env, CI: '1'}})
    const timer = setTimeout(() => child.kill('SIGKILL'), milliseconds)
    child.on('exit', () => {
      clearTimeout(timer)
      resolve()
    })
  })
}

describe('kill -9 during a run', () => {
  it('leaves only whole files, and the next run gives the same bytes as a clean run', async () => {
    const input = temporary('kill-input')
    for (const name of ['002_81916d54a5620362.txt', '004_8b28bf2e2f96db07.txt']) cpSync(path.join(root, 'input', name), path.join(input, name))
    const clean = temporary('kill-clean')
    const started = Date.now()
    expect((await runCli(['--input', input, '--output', clean])).code).toBe(0)
    const duration = Date.now() - started
    const killed = temporary('kill-output')
    for (const fraction of [0.5, 0.85, 0.97]) {
      // --no-cache: each killed run does the whole work again, so it is killed as late in it as the fraction says.
      await killAfter(['--input', input, '--output', killed, '--no-cache'], Math.round(duration * fraction))
      expectWholeFiles(killed)
    }
    // This run may reuse what the killed runs left in the cache: it must give the same bytes all the same.
    expect((await runCli(['--input', input, '--output', killed])).code).toBe(0)
    expect(outputEntries(killed)).toEqual(outputEntries(clean))
    for (const name of outputEntries(clean)) expect(readFileSync(path.join(killed, name), 'utf8'), name).toBe(readFileSync(path.join(clean, name), 'utf8'))
  }, 600_000)
})
