/**
 * Titles and messages of the rules about breaches and data subject requests
 * (shared/rules/dpo-records.ts). Spread into the `checks` namespace, which
 * is where findings look their text up (`checks:message.<rule id>`); kept
 * here so the breach and request work stays in its own files.
 */
export const dpoChecksLv = {
  entities: { breach: 'Personas datu aizsardzības pārkāpumi', subjectRequest: 'Datu subjektu pieprasījumi' },
  title: {
    breach: {
      'not-notified': 'Pārkāpums nav paziņots DVI 72 stundās, un nav dokumentēts lēmums nepaziņot',
      'delay-unexplained': 'Paziņots vēlāk par 72 stundām bez kavēšanās iemesliem',
      'high-risk-not-informed': 'Augsta riska pārkāpums, bet datu subjekti nav informēti un nav 34. panta 3. punkta pamatojuma',
    },
    request: {
      overdue: 'Datu subjekta pieprasījuma atbildes termiņš nokavēts',
      'due-this-week': 'Datu subjekta pieprasījuma termiņš beidzas šonedēļ',
      'extension-not-notified': 'Termiņš pagarināts, bet pieprasītājam nav paziņots par to un iemesliem',
      'refusal-without-notice': 'Atteikums bez 12. panta 4. punktā prasītās informācijas',
    },
  },
  message: {
    breach: {
      'not-notified':
        'Pārkāpums {{number}} “{{name}}”: 72 stundas kopš pārzinis par to uzzināja beidzās {{due}}, bet DVI nav paziņots un nav dokumentēts lēmums nepaziņot. Paziņojiet DVI vai ierakstiet, kāpēc pārkāpums, visticamāk, nerada risku.',
      'delay-unexplained':
        'Pārkāpums {{number}} “{{name}}” paziņots DVI {{hours}} stundas pēc tam, kad pārzinis par to uzzināja. Ierakstiet kavēšanās iemeslus (33. panta 1. punkts).',
      'high-risk-not-informed':
        'Pārkāpums {{number}} “{{name}}” novērtēts kā augsts risks, bet datu subjekti nav informēti. Informējiet viņus vai ierakstiet 34. panta 3. punkta pamatojumu.',
    },
    request: {
      overdue: 'Pieprasījumam {{number}} ({{name}}) atbilde bija jāsniedz līdz {{deadline}}. Atbildiet un ierakstiet atbildes datumu.',
      'due-this-week': 'Pieprasījumam {{number}} ({{name}}) atbilde jāsniedz līdz {{deadline}}.',
      'extension-not-notified':
        'Pieprasījumam {{number}} ({{name}}) termiņš pagarināts, bet nav ierakstīts, ka pieprasītājam līdz {{first}} paziņots par pagarinājumu un tā iemesliem. Ierakstiet paziņošanas datumu un iemeslus.',
      'refusal-without-notice':
        'Pieprasījums {{number}} ({{name}}) noraidīts pilnībā vai daļēji, bet nav ierakstīts atteikuma iemesls vai tas, ka pieprasītājs informēts par tiesībām iesniegt sūdzību DVI un vērsties tiesā. Ierakstiet abus.',
    },
  },
};

export const dpoChecksEn: typeof dpoChecksLv = {
  entities: { breach: 'Personal data breaches', subjectRequest: 'Data subject requests' },
  title: {
    breach: {
      'not-notified': 'Breach not notified to DVI within 72 hours, and no documented decision not to notify',
      'delay-unexplained': 'Notified later than 72 hours without the reasons for the delay',
      'high-risk-not-informed': 'High-risk breach, but the data subjects are not informed and no Art. 34(3) reason is given',
    },
    request: {
      overdue: 'Data subject request answered late',
      'due-this-week': 'Data subject request due this week',
      'extension-not-notified': 'Deadline extended without telling the requester of it and why',
      'refusal-without-notice': 'Refusal without the information Art. 12(4) requires',
    },
  },
  message: {
    breach: {
      'not-notified':
        'Breach {{number}} “{{name}}”: the 72 hours since the controller became aware of it ended on {{due}}, but DVI has not been notified and no decision not to notify is documented. Notify DVI, or record why the breach is unlikely to result in a risk.',
      'delay-unexplained':
        'Breach {{number}} “{{name}}” was notified to DVI {{hours}} hours after the controller became aware of it. Record the reasons for the delay (Art. 33(1)).',
      'high-risk-not-informed':
        'Breach {{number}} “{{name}}” is assessed as high risk, but the data subjects have not been informed. Inform them, or record the Art. 34(3) reason.',
    },
    request: {
      overdue: 'Request {{number}} ({{name}}) was due for an answer by {{deadline}}. Answer it and record the response date.',
      'due-this-week': 'Request {{number}} ({{name}}) must be answered by {{deadline}}.',
      'extension-not-notified':
        'The deadline of request {{number}} ({{name}}) was extended, but it is not recorded that the requester was told of the extension and its reasons by {{first}}. Record the date and the reasons.',
      'refusal-without-notice':
        'Request {{number}} ({{name}}) was refused wholly or partly, but the reason, or that the requester was told of the right to complain to DVI and to seek a judicial remedy, is not recorded. Record both.',
    },
  },
};
