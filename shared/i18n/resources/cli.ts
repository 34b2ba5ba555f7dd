import { defineNamespace } from '../define.ts';

/** Text the `ropa` command prints. */
export const cli = defineNamespace(
  {
    usageTitle: 'Lietošana',
    commands: 'Komandas',
    globalOptions: 'Visām komandām: --lang lv|en (ziņojumu valoda; arī ROPA_LANG), --author VĀRDS (kas veic izmaiņas; arī ROPA_AUTHOR, citādi datora lietotājvārds), --help, --version.',
    exitCodes: 'Izejas kodi: 0 — izdevās; 1 — ir kļūdas līmeņa atradumi (ropa check) vai vēsture bojāta (ropa verify); 2 — nepareiza lietošana vai ievade (reģistrs netiek mainīts); 3 — neparedzēta kļūme.',
    unknownCommand: 'nezināma komanda: {{command}}. Skatiet ropa --help',
    badUsage: 'nepareiza lietošana: {{detail}}. Lietošana: {{usage}}',
    imported: 'Importēts: {{activities}} apstrādes darbības, {{processors}} apstrādātāji, {{rules}} glabāšanas noteikumi.',
    created: 'Izveidots reģistrs: {{file}}',
    internal: 'neparedzēta kļūda: {{detail}}',
  },
  {
    usageTitle: 'Usage',
    commands: 'Commands',
    globalOptions: 'All commands: --lang lv|en (language of messages; also ROPA_LANG), --author NAME (who makes the changes; also ROPA_AUTHOR, else the OS user name), --help, --version.',
    exitCodes: 'Exit codes: 0 — success; 1 — findings of error severity (ropa check) or a broken history (ropa verify); 2 — bad usage or bad input (the register is not changed); 3 — an unexpected failure.',
    unknownCommand: 'unknown command: {{command}}. See ropa --help',
    badUsage: 'bad usage: {{detail}}. Usage: {{usage}}',
    imported: 'Imported: {{activities}} processing activities, {{processors}} processors, {{rules}} retention rules.',
    created: 'Register created: {{file}}',
    internal: 'unexpected error: {{detail}}',
  },
);
