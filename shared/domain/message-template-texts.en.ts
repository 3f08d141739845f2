/**
 * The English default templates. Each acknowledges what happened, says what is known and what is being
 * done, when the next update comes and where to find information. `{…}` are filled in by the app;
 * `[…]` are the facts only the writer knows.
 */
import type { TemplateTexts } from './message-template-defaults';

export const templateTextsEn: TemplateTexts = {
  'holding.general': {
    name: 'Holding statement – general',
    body: `Statement from {organisation}, {date} at {time}
Subject: {incident}

We are aware of [what happened, in one sentence] and are taking it very seriously. Our first concern is for the people affected.

What we know: [the confirmed facts – no assumptions].
What we are doing: our crisis team has been activated and we are working with [the emergency services / the authorities] to [bring the situation under control].

We do not have all the facts yet and will not speculate. We will give our next update by [time], or sooner if there is important news.

For information, call {phoneLine} or visit {website}. Journalists can reach our press office on [press office number].`,
  },
  'holding.dataBreach': {
    name: 'Holding statement – data breach',
    body: `Statement from {organisation}, {date} at {time}
Subject: {incident}

We have discovered that unauthorised persons gained access to [which system]. We take this extremely seriously and apologise to everyone whose data may be involved.

What we know: the breach was discovered on [date]. We are investigating which data are affected; it may include [names, e-mail addresses, …]. [There is no indication that passwords or payment details were accessed.]
What we are doing: we have closed off the access, engaged independent security experts and reported the breach to [the data protection authority]. We will inform the people affected directly.
What you can do: be alert to e-mails, calls and text messages that ask for personal details or mention our name. We will never ask for your password.

We will give our next update by [time]. For questions, call {phoneLine} or visit {website}.`,
  },
  'holding.accident': {
    name: 'Holding statement – accident with injured people',
    body: `Statement from {organisation}, {date} at {time}
Subject: {incident}

Today at about [time] an accident happened at [location]. [Number] people were injured [and taken to hospital]. Our thoughts are with them and their families.

The emergency services are on site and we are working closely with them. [The area has been cordoned off / The site has been evacuated.]

Out of respect for those involved, we will not release any names. Families are informed personally first.

The cause is not yet known. We are cooperating fully with the investigation [by the police and the labour inspectorate] and will not speculate.

Worried relatives can call {phoneLine}. The latest information is on {website}. Our next update follows by [time].`,
  },
  'social.short': {
    name: 'Social post – short (fits X)',
    body: `{incident}: we are aware and are working on it with the emergency services. Safety comes first. Next update by [time]. Info: {website} · {phoneLine}`,
  },
  'internal.staff': {
    name: 'Internal message to staff',
    body: `Subject: {incident} – what you need to know ({date}, {time})

Dear colleagues,

You may have heard that [what happened]. We want you to hear it from us first.

What we know: [the confirmed facts].
What we are doing: the crisis team has been activated and is working on it with [the authorities / the emergency services].
What we ask of you:
- Refer all questions from journalists to the press office. Please do not comment yourself, also not on social media.
- Refer customers and others to {website} and {phoneLine}.
- [Practical instructions: whether to come to work, which entrance to use, …]

We will keep you informed; the next update follows by [time]. If you have questions or are worried, contact [name / HR].

[Name]
[Role], on behalf of the crisis team of {organisation}`,
  },
  'website.update': {
    name: 'Website update',
    body: `Update {date}, {time}: {incident}

[The latest news in one or two sentences, the most important first.]

What we know
- [Confirmed fact]
- [Confirmed fact]

What we are doing
- [Action]
- [Action]

What this means for you
[Advice: what people should and should not do.]

Next update
We will update this page by [time], or sooner if there is news.

Questions
Call {phoneLine} ([opening hours]). Journalists can contact the press office on [press office number].`,
  },
  'press.release': {
    name: 'Press release (skeleton)',
    body: `PRESS RELEASE
[Place], {date}

[Headline: the news in one line]

[Lead: who, what, when, where – in two or three sentences.]

[What happened and what {organisation} is doing about it.]

"[Quote from the spokesperson or CEO: compassion first, then action.]", says [name], [role] of {organisation}.

[What it means for the people affected and what they can do.]

More information is on {website}. The public can call {phoneLine}.

---
Note to editors, not for publication: for more information contact [name], press officer, on [press office number].`,
  },
  'qa.skeleton': {
    name: 'Q&A (skeleton)',
    body: `Q&A: {incident}
As of {date}, {time} – internal, for spokespeople, the phone line and webcare

What happened?
[Confirmed facts only.]

When did it happen and when did you find out?
[Times.]

Are people injured? Who is affected?
[…]

What are you doing about it?
[…]

What should people do?
[…]

What caused it?
We do not know the cause yet and will not speculate. [An investigation by … is under way.]

Who is responsible?
[…]

How are you informing the people affected?
[…]

Where can people find more information?
On {website} and by calling {phoneLine}.

When is the next update?
[Time.]

What we do not comment on, and why
[Names of victims: families first. Speculation about the cause. Blame while the investigation runs.]`,
  },
  'letter.stakeholder': {
    name: 'Letter to a stakeholder',
    body: `{date}

Subject: {incident}

Dear [name],

We would like to inform you personally about [what happened], before you read about it elsewhere.

What happened: [the confirmed facts].
What this means for you: [the consequences for this stakeholder].
What we are doing: [actions].

We will keep you informed; our next update follows by [time]. For questions, your contact person is [name], [phone / e-mail]. General information is on {website}.

Kind regards,

[Name]
[Role]
{organisation}`,
  },
};
