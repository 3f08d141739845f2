/**
 * De Nederlandse standaardsjablonen. Elk erkent wat er is gebeurd, zegt wat we weten en wat we doen,
 * wanneer de volgende update komt en waar informatie staat. `{…}` vult de app in; `[…]` zijn de feiten
 * die alleen de schrijver kent. Naar buiten "u", naar collega's "je".
 */
import type { TemplateTexts } from './message-template-defaults';

export const templateTextsNl: TemplateTexts = {
  'holding.general': {
    name: 'Holding statement – algemeen',
    body: `Verklaring van {organisation}, {date} om {time}
Betreft: {incident}

Wij zijn op de hoogte van [wat er is gebeurd, in één zin] en nemen dit zeer serieus. Onze eerste zorg gaat uit naar de mensen die het treft.

Wat we weten: [de vastgestelde feiten – geen aannames].
Wat we doen: ons crisisteam is bijeengekomen en we werken samen met [de hulpdiensten / de autoriteiten] om [de situatie onder controle te krijgen].

We hebben nog niet alle feiten en speculeren niet. Uiterlijk [tijdstip] geven we een nieuwe update, eerder als er belangrijk nieuws is.

Voor informatie belt u {phoneLine} of kijkt u op {website}. Journalisten bereiken onze persvoorlichting op [nummer persvoorlichting].`,
  },
  'holding.dataBreach': {
    name: 'Holding statement – datalek',
    body: `Verklaring van {organisation}, {date} om {time}
Betreft: {incident}

Wij hebben ontdekt dat onbevoegden toegang hebben gekregen tot [welk systeem]. We nemen dit uiterst serieus en bieden iedereen van wie gegevens betrokken kunnen zijn onze excuses aan.

Wat we weten: het datalek is ontdekt op [datum]. We onderzoeken welke gegevens zijn getroffen; het kan gaan om [namen, e-mailadressen, …]. [Er zijn geen aanwijzingen dat wachtwoorden of betaalgegevens zijn ingezien.]
Wat we doen: we hebben de toegang afgesloten, onafhankelijke beveiligingsexperts ingeschakeld en het datalek gemeld bij de Autoriteit Persoonsgegevens. We informeren de betrokkenen rechtstreeks.
Wat u kunt doen: wees alert op e-mails, telefoontjes en sms-berichten die om persoonlijke gegevens vragen of onze naam noemen. Wij vragen nooit om uw wachtwoord.

Uiterlijk [tijdstip] geven we een nieuwe update. Met vragen kunt u bellen met {phoneLine} of kijken op {website}.`,
  },
  'holding.accident': {
    name: 'Holding statement – ongeval met gewonden',
    body: `Verklaring van {organisation}, {date} om {time}
Betreft: {incident}

Vandaag rond [tijdstip] heeft zich een ongeval voorgedaan bij [locatie]. Daarbij zijn [aantal] mensen gewond geraakt[; zij zijn naar het ziekenhuis gebracht]. Onze gedachten zijn bij hen en hun naasten.

De hulpdiensten zijn ter plaatse en we werken nauw met hen samen. [Het gebied is afgezet / Het terrein is ontruimd.]

Uit respect voor de betrokkenen maken we geen namen bekend. Familieleden worden eerst persoonlijk geïnformeerd.

De oorzaak is nog niet bekend. We werken volledig mee aan het onderzoek [van de politie en de Nederlandse Arbeidsinspectie] en speculeren niet.

Ongeruste familieleden kunnen bellen met {phoneLine}. De laatste informatie staat op {website}. Uiterlijk [tijdstip] volgt een nieuwe update.`,
  },
  'social.short': {
    name: 'Sociale post – kort (past op X)',
    body: `{incident}: we zijn op de hoogte en werken eraan met de hulpdiensten. Veiligheid gaat voor. Nieuwe update uiterlijk [tijdstip]. Info: {website} · {phoneLine}`,
  },
  'internal.staff': {
    name: 'Intern bericht aan medewerkers',
    body: `Onderwerp: {incident} – wat je moet weten ({date}, {time})

Beste collega's,

Misschien heb je al gehoord dat [wat er is gebeurd]. We willen dat je het eerst van ons hoort.

Wat we weten: [de vastgestelde feiten].
Wat we doen: het crisisteam is bijeengekomen en werkt eraan samen met [de autoriteiten / de hulpdiensten].
Wat we van je vragen:
- Verwijs alle vragen van journalisten door naar de persvoorlichting. Reageer niet zelf, ook niet op sociale media.
- Verwijs klanten en anderen naar {website} en {phoneLine}.
- [Praktische instructies: wel of niet naar het werk komen, welke ingang, …]

We houden je op de hoogte; de volgende update volgt uiterlijk [tijdstip]. Heb je vragen of maak je je zorgen, neem dan contact op met [naam / HR].

[Naam]
[Functie], namens het crisisteam van {organisation}`,
  },
  'website.update': {
    name: 'Website-update',
    body: `Update {date}, {time}: {incident}

[Het laatste nieuws in een of twee zinnen, het belangrijkste eerst.]

Wat we weten
- [Vastgesteld feit]
- [Vastgesteld feit]

Wat we doen
- [Actie]
- [Actie]

Wat dit voor u betekent
[Advies: wat mensen wel en niet moeten doen.]

Volgende update
We werken deze pagina uiterlijk [tijdstip] bij, eerder als er nieuws is.

Vragen
Bel {phoneLine} ([openingstijden]). Journalisten kunnen contact opnemen met de persvoorlichting op [nummer persvoorlichting].`,
  },
  'press.release': {
    name: 'Persbericht (opzet)',
    body: `PERSBERICHT
[Plaats], {date}

[Kop: het nieuws in één regel]

[Intro: wie, wat, wanneer, waar – in twee of drie zinnen.]

[Wat er is gebeurd en wat {organisation} eraan doet.]

"[Citaat van de woordvoerder of directeur: eerst medeleven, dan actie.]", zegt [naam], [functie] van {organisation}.

[Wat het betekent voor de betrokkenen en wat zij kunnen doen.]

Meer informatie staat op {website}. Het publiek kan bellen met {phoneLine}.

---
Noot voor de redactie, niet voor publicatie: neem voor meer informatie contact op met [naam], persvoorlichter, op [nummer persvoorlichting].`,
  },
  'qa.skeleton': {
    name: 'Vragen en antwoorden (opzet)',
    body: `Vragen en antwoorden: {incident}
Stand {date}, {time} – intern, voor woordvoerders, de telefoonlijn en webcare

Wat is er gebeurd?
[Alleen vastgestelde feiten.]

Wanneer gebeurde het en wanneer wist u het?
[Tijdstippen.]

Zijn er gewonden? Wie worden er getroffen?
[…]

Wat doet u eraan?
[…]

Wat moeten mensen doen?
[…]

Wat is de oorzaak?
De oorzaak is nog niet bekend en we speculeren niet. [Er loopt een onderzoek door …]

Wie is verantwoordelijk?
[…]

Hoe informeert u de betrokkenen?
[…]

Waar vinden mensen meer informatie?
Op {website} en via {phoneLine}.

Wanneer volgt de volgende update?
[Tijdstip.]

Waar we niet op ingaan, en waarom
[Namen van slachtoffers: familie eerst. Speculatie over de oorzaak. De schuldvraag zolang het onderzoek loopt.]`,
  },
  'letter.stakeholder': {
    name: 'Brief aan een stakeholder',
    body: `{date}

Betreft: {incident}

Geachte [naam],

Wij willen u persoonlijk informeren over [wat er is gebeurd], voordat u er elders over leest.

Wat er is gebeurd: [de vastgestelde feiten].
Wat dit voor u betekent: [de gevolgen voor deze stakeholder].
Wat we doen: [acties].

We houden u op de hoogte; uiterlijk [tijdstip] volgt een nieuwe update. Voor vragen is [naam], [telefoon / e-mail], uw contactpersoon. Algemene informatie vindt u op {website}.

Met vriendelijke groet,

[Naam]
[Functie]
{organisation}`,
  },
};
