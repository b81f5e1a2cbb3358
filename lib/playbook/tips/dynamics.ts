import type { BundledTipInput } from '../schema';

/** Dynamics 365: opportunities, cases (incident), leads. */
export const DYNAMICS_TIPS: readonly BundledTipInput[] = [
  {
    id: 'd365-opp-stakeholder-map',
    where: { app: 'dynamics', page: 'record', object: 'opportunity' },
    title: {
      en: 'Map the stakeholders on this opportunity',
      de: 'Die Beteiligten an dieser Verkaufschance erfassen',
      fr: 'Cartographier les parties prenantes de cette opportunité',
    },
    why: {
      en: "Complex deals are lost to the person you never met. AI can map who's involved, what each cares about, and who is missing.",
      de: 'Komplexe Deals gehen an der Person verloren, die Sie nie getroffen haben. Die KI zeigt, wer beteiligt ist, worauf es jeder Person ankommt und wer fehlt.',
      fr: "Les affaires complexes se perdent à cause de la personne que vous n'avez jamais rencontrée. L'IA cartographie qui est impliqué, ce qui compte pour chacun, et qui manque.",
    },
    prompt: {
      en: `Act as a strategic account coach. Build a stakeholder map for {{recordName}}.

What I know about the people involved (names can be replaced by roles), their positions and what they've said:
[paste the contacts, roles and notes here]

Give me a table: role, influence (high/medium/low), attitude (champion / neutral / sceptic / unknown), what they care about, my next action with them.
Then: which roles are typically involved in a purchase like this but missing here, and how to reach them.`,
      de: `Agieren Sie als strategischer Account-Coach. Erstellen Sie eine Stakeholder-Übersicht zu {{recordName}}.

Was ich über die beteiligten Personen weiß (Namen können durch Rollen ersetzt sein), ihre Positionen und was sie gesagt haben:
[Hier die Kontakte, Rollen und Notizen einfügen]

Geben Sie eine Tabelle aus: Rolle, Einfluss (hoch/mittel/niedrig), Haltung (Befürworter / neutral / skeptisch / unbekannt), worauf es der Person ankommt, meine nächste Maßnahme mit ihr.
Dann: Welche Rollen sind an einem solchen Kauf typischerweise beteiligt, fehlen hier aber, und wie erreiche ich sie?`,
      fr: `Agissez comme un coach en gestion de grands comptes. Établissez une cartographie des parties prenantes pour {{recordName}}.

Ce que je sais des personnes impliquées (les noms peuvent être remplacés par des rôles), de leurs positions et de ce qu'elles ont dit :
[Collez ici les contacts, les rôles et les notes]

Donnez-moi un tableau : rôle, influence (forte/moyenne/faible), attitude (champion / neutre / sceptique / inconnue), ce qui compte pour cette personne, ma prochaine action avec elle.
Ensuite : quels rôles interviennent habituellement dans un achat de ce type mais manquent ici, et comment les atteindre.`,
    },
    gap: 'skill',
    minutesSaved: 12,
    level: 'everyday',
    tags: ['sales', 'strategy'],
  },
  {
    id: 'd365-case-summary',
    where: { app: 'dynamics', page: 'record', object: 'incident' },
    title: {
      en: 'Catch up on this case in 30 seconds',
      de: 'Sich in 30 Sekunden in diesen Fall einarbeiten',
      fr: 'Se mettre à jour sur cet incident en 30 secondes',
    },
    why: {
      en: 'Picking up a case someone else worked on? AI condenses the timeline into what happened, what was tried and what the customer expects next.',
      de: 'Sie übernehmen einen Fall, den jemand anderes bearbeitet hat? Die KI verdichtet den Verlauf darauf, was passiert ist, was versucht wurde und was der Kunde als Nächstes erwartet.',
      fr: "Vous reprenez un incident traité par quelqu'un d'autre ? L'IA condense la chronologie : ce qui s'est passé, ce qui a été tenté et ce que le client attend ensuite.",
    },
    prompt: {
      en: `Summarise {{recordName}} so I can pick it up.

Case timeline (notes, emails, activities):
[paste the case timeline here]

Give me: the problem in one sentence, what was tried and the result of each attempt, what the customer expects next and by when, and your suggested next action. Under 200 words; say "unclear" instead of guessing.`,
      de: `Fassen Sie den Stand zu {{recordName}} so zusammen, dass ich die Bearbeitung übernehmen kann.

Verlauf des Falls (Notizen, E-Mails, Aktivitäten):
[Hier den Verlauf des Falls einfügen]

Nennen Sie mir: das Problem in einem Satz, was versucht wurde und das Ergebnis jedes Versuchs, was der Kunde als Nächstes erwartet und bis wann, und Ihren Vorschlag für die nächste Maßnahme. Höchstens 200 Wörter; schreiben Sie „unklar“, statt zu raten.`,
      fr: `Résumez {{recordName}} pour que je puisse reprendre le dossier.

Chronologie de l'incident (notes, e-mails, activités) :
[Collez ici la chronologie de l'incident]

Donnez-moi : le problème en une phrase, ce qui a été tenté et le résultat de chaque tentative, ce que le client attend ensuite et pour quand, et la prochaine action que vous suggérez. 200 mots maximum ; écrivez « pas clair » plutôt que de deviner.`,
    },
    gap: 'clarity',
    minutesSaved: 6,
    level: 'first_steps',
    tags: ['support', 'summary'],
  },
  {
    id: 'd365-lead-qualify',
    where: { app: 'dynamics', page: 'record', object: 'lead' },
    title: {
      en: 'Prepare qualification questions for this lead',
      de: 'Qualifizierungsfragen für diesen Lead vorbereiten',
      fr: 'Préparer les questions de qualification pour ce prospect',
    },
    why: {
      en: 'A good first call qualifies without interrogating. AI suggests natural questions that cover budget, authority, need and timing for this lead.',
      de: 'Ein gutes Erstgespräch qualifiziert, ohne zu verhören. Die KI schlägt natürliche Fragen vor, die Budget, Entscheidungsbefugnis, Bedarf und Zeitplan für diesen Lead abdecken.',
      fr: "Un bon premier appel qualifie sans tourner à l'interrogatoire. L'IA propose des questions naturelles qui couvrent budget, pouvoir de décision, besoin et calendrier pour ce prospect.",
    },
    prompt: {
      en: `Help me prepare a first qualification call with {{recordName}}.

What I know (company, role, source, what they asked about):
[paste the lead details here]

Give me 6 natural, open questions that together cover need, timing, decision process and budget, without sounding like a checklist. For each, what a good and a worrying answer would sound like. End with a one-line way to propose the next step.`,
      de: `Helfen Sie mir, ein erstes Qualifizierungsgespräch mit {{recordName}} vorzubereiten.

Was ich weiß (Unternehmen, Rolle, Quelle, wonach gefragt wurde):
[Hier die Details zum Lead einfügen]

Nennen Sie mir 6 natürliche, offene Fragen, die zusammen Bedarf, Zeitplan, Entscheidungsprozess und Budget abdecken, ohne wie eine Checkliste zu klingen. Beschreiben Sie zu jeder Frage, wie eine gute und wie eine bedenkliche Antwort klingen würde. Schließen Sie mit einem Satz, mit dem ich den nächsten Schritt vorschlagen kann.`,
      fr: `Aidez-moi à préparer un premier appel de qualification avec {{recordName}}.

Ce que je sais (entreprise, fonction, origine, ce que la personne a demandé) :
[Collez ici les informations sur le prospect]

Proposez-moi 6 questions ouvertes et naturelles qui, ensemble, couvrent le besoin, le calendrier, le processus de décision et le budget, sans ressembler à une liste de contrôle. Pour chacune, décrivez à quoi ressemblerait une bonne réponse et une réponse inquiétante. Terminez par une phrase pour proposer la prochaine étape.`,
    },
    gap: 'clarity',
    minutesSaved: 8,
    level: 'first_steps',
    tags: ['sales', 'qualification'],
  },
];
