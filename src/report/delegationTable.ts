import {html, type Html} from './html.js'
import type {DelegationRow, EventView} from './model.js'
import {sitePaths} from './paths.js'
import type {Provenance} from './provenance.js'

const unknownState = '(state not given)'

/** States in the order the sources keep them: first appearance, session by session. */
function statesInOrder(sessions: EventView[]): string[] {
  const order: string[] = []
  for (const session of sessions) {
    for (const role of session.roles) {
      const state = role.country?.name ?? unknownState
      if (!order.includes(state)) order.push(state)
    }
  }
  return order
}

function cell(root: string, session: EventView, roles: DelegationRow[], provenance: Provenance): Html {
  if (roles.length === 0) return html`<td class="empty"><span class="muted">not listed</span></td>`
  const eventAt = provenance.locate(session.stem, session.description) ?? 0
  return html`<td>${roles.map((role) => {
    const at = provenance.locate(session.stem, role.title, eventAt)
    const href = at === undefined ? undefined : provenance.href(session.stem, at)
    const title = role.title ? (href ? html`<a class="title" href="${root + href}">${role.title}</a>` : html`<span class="title">${role.title}</span>`) : ''
    const person = role.person
      ? role.person.iri
        ? html`<a class="person" href="${root + sitePaths.entity(role.person.iri)}">${role.person.name}</a>`
        : html`<span class="person">${role.person.name}</span>`
      : html`<span class="missing">name missing</span>`
    return html`<div class="head">${person}${title ? html`<br>${title}` : ''}</div>`
  })}</td>`
}

/**
 * Heads of delegation: one row per state, one column per session. A missing
 * name stays missing — it is never taken from another session.
 */
export function delegationTable(root: string, sessions: EventView[], provenance: Provenance): Html {
  const withRoles = sessions.filter((session) => session.roles.length > 0)
  if (withRoles.length === 0) return html``
  const states = statesInOrder(withRoles)
  return html`<section aria-labelledby="delegations-heading">
<h2 id="delegations-heading">Heads of delegation</h2>
<div class="table-wrap">
<table class="delegations" id="delegation-table">
<caption>Rows: states in the order the source lists them. Columns: sessions.</caption>
<thead><tr><th scope="col">State</th>${withRoles.map(
    (session) => html`<th scope="col"><span lang="zh">${session.name}</span><br><span class="date">${session.startDate ?? session.date ?? ''}</span><br><span class="muted">${session.stem}</span></th>`
  )}</tr></thead>
<tbody>
${states.map(
  (state) =>
    html`<tr><th scope="row" lang="zh">${state}</th>${withRoles.map((session) =>
      cell(
        root,
        session,
        session.roles.filter((role) => (role.country?.name ?? unknownState) === state),
        provenance
      )
    )}</tr>`
)}
</tbody>
</table>
</div>
</section>`
}
