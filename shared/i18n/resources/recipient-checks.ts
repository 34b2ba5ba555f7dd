/**
 * Title and message of the rule about recipients named only as categories
 * (shared/rules/recipients.ts), spread into the `checks` namespace like the
 * DPO records' (dpo-checks.ts).
 */
export const recipientChecksLv = {
  title: { recipient: { 'only-categories': 'Saņēmēji norādīti tikai kā kategorijas' } },
  message: {
    recipient: {
      'only-categories':
        'Apstrādes darbībā {{number}} “{{name}}” saņēmēji norādīti tikai kā kategorijas, bez neviena konkrēta apstrādātāja. Norādiet apstrādātājus, kas saņem datus, un to līgumus vai citus juridiskos aktus (28. panta 3. punkts), lai redzētu, kam dati faktiski tiek izpausti.',
    },
  },
};

export const recipientChecksEn: typeof recipientChecksLv = {
  title: { recipient: { 'only-categories': 'Recipients named only as categories' } },
  message: {
    recipient: {
      'only-categories':
        'Processing activity {{number}} “{{name}}” names its recipients only as categories, with no processor. Name the processors that receive the data and their contracts or other legal acts (Art. 28(3)), so that it is clear who actually holds the data.',
    },
  },
};
