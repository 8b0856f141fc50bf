import type { Instrument } from '../../models/instrument.js'
import { numbered, SECRETARY_GENERAL, untc } from './helpers.js'

/** Arms trade, small arms and light weapons, armed violence. */
export const conventionalArms: Instrument[] = [
  {
    id: 'att',
    title: 'Arms Trade Treaty',
    shortTitles: [],
    abbreviations: ['ATT'],
    aliases: [
      'UN Arms Trade Treaty',
      'United Nations Arms Trade Treaty',
      'Arms Trade Treaty of 2013',
    ],
    kind: 'treaty',
    parent: null,
    adopted: { date: '2013-04-02', place: 'New York' },
    entryIntoForce: '2014-12-24',
    depositary: SECRETARY_GENERAL,
    url: untc('XXVI-8', 26),
    articles: numbered([
      'Object and Purpose',
      'Scope',
      'Ammunition/Munitions',
      'Parts and Components',
      'General Implementation',
      'Prohibitions',
      'Export and Export Assessment',
      'Import',
      'Transit or trans-shipment',
      'Brokering',
      'Diversion',
      'Record keeping',
      'Reporting',
      'Enforcement',
      'International Cooperation',
      'International Assistance',
      'Conference of States Parties',
      'Secretariat',
      'Dispute Settlement',
      'Amendments',
      'Signature, Ratification, Acceptance, Approval or Accession',
      'Entry into Force',
      'Provisional Application',
      'Duration and Withdrawal',
      'Reservations',
      'Relationship with other international agreements',
      'Depositary',
      'Authentic Texts',
    ]),
  },
  {
    id: 'poa-salw',
    title:
      'Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons in All Its Aspects',
    shortTitles: [
      'UN Programme of Action on Small Arms',
      'Programme of Action on Small Arms and Light Weapons',
    ],
    abbreviations: ['PoA', 'UNPoA', 'UN PoA'],
    aliases: [
      'Programme of Action on Small Arms',
      'Small Arms Programme of Action',
      'United Nations Programme of Action on Small Arms',
      'UN Programme of Action on Small Arms and Light Weapons',
      'UN Small Arms Programme of Action',
      'Programme of Action on SALW',
      'Program of Action on Small Arms',
      'UN Program of Action on Small Arms',
      'Programme of Action to Prevent, Combat and Eradicate the Illicit Trade in Small Arms and Light Weapons',
    ],
    kind: 'political',
    parent: null,
    adopted: { date: '2001-07-20', place: 'New York' },
    entryIntoForce: null,
    depositary: null,
    // The Conference met in New York from 9 to 20 July 2001 and adopted the Programme on its last
    // day (the UN press release DC/2795 reporting it is dated 21 July 2001).
    url: 'https://docs.un.org/en/A/CONF.192/15',
  },
  {
    id: 'iti',
    title:
      'International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit Small Arms and Light Weapons',
    shortTitles: ['International Tracing Instrument'],
    abbreviations: ['ITI'],
    aliases: [
      'Tracing Instrument',
      'UN International Tracing Instrument',
      'International Marking and Tracing Instrument',
    ],
    kind: 'political',
    parent: null,
    adopted: { date: '2005-12-08', place: 'New York' },
    entryIntoForce: null,
    depositary: null,
    // Negotiated by an open-ended working group (report A/60/88), adopted by the General Assembly
    // on 8 December 2005 (decision 60/519).
    url: 'https://docs.un.org/en/A/60/88',
  },
  {
    id: 'firearms-protocol',
    title:
      'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime',
    shortTitles: ['Firearms Protocol'],
    abbreviations: [],
    aliases: [
      'UN Firearms Protocol',
      'United Nations Firearms Protocol',
      'Protocol against the Illicit Manufacturing of and Trafficking in Firearms',
      'Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition',
    ],
    kind: 'protocol',
    parent: null,
    adopted: { date: '2001-05-31', place: 'New York' },
    entryIntoForce: '2005-07-03',
    depositary: SECRETARY_GENERAL,
    url: untc('XVIII-12-c', 18),
  },
  {
    id: 'geneva-declaration',
    title: 'Geneva Declaration on Armed Violence and Development',
    shortTitles: ['Geneva Declaration'],
    abbreviations: [],
    aliases: [
      'Geneva Declaration on Armed Violence',
      'Geneva Declaration on Armed Violence and Development of 2006',
    ],
    kind: 'political',
    parent: null,
    adopted: { date: '2006-06-07', place: 'Geneva' },
    entryIntoForce: null,
    depositary: null,
    // Adopted at the close of the ministerial summit of Switzerland and UNDP; circulated as a UN
    // document of the 2006 PoA Review Conference.
    url: 'https://docs.un.org/en/A/CONF.192/2006/RC/2',
  },
]
