/*
 * PlanCycle's settings shared by the config.js of Camunda Tasklist, Cockpit, Admin and Welcome
 * (served at /camunda/plancycle/webapps.js by vn.plancycle.web.CamundaWebappOverrides).
 *
 * Language: Camunda 7.24 takes the browser's first language when it is one of `availableLocales`,
 * otherwise `fallbackLocale`; it keeps no choice of its own. PlanCycle offers one language at a time
 * instead: Vietnamese, unless the person chose English with PlanCycle's VI · EN switch (?lang=en on
 * any PlanCycle page) or with ?lang=en on a webapp's address. Both are kept in the PLANCYCLE_LANG
 * cookie, so the choice holds in the application and in the four webapps alike.
 */

const COOKIE = 'PLANCYCLE_LANG';
const SUPPORTED = ['vi', 'en'];

/** 'vi' or 'en': ?lang= on this page (remembered), else the remembered choice, else Vietnamese. */
export function chosenLanguage() {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (SUPPORTED.includes(asked)) {
    document.cookie = COOKIE + '=' + asked + '; path=/; max-age=31536000; SameSite=Lax';
    return asked;
  }
  const kept = new RegExp('(?:^|;\\s*)' + COOKIE + '=(vi|en)\\b').exec(document.cookie);
  return kept ? kept[1] : 'vi';
}

/** What PlanCycle adds to a webapp's configuration; appName as Camunda names the app. */
export function plancycle(appName) {
  const language = chosenLanguage();
  return {
    // the header reads "PlanCycle Tasklist" (vendor + name); the logo comes from webapps.css
    app: {
      name: appName,
      vendor: 'PlanCycle'
    },
    locales: {
      availableLocales: [language],
      fallbackLocale: language
    },
    // dd/MM/yyyy (moment formats); Tasklist reads them, Cockpit needs cockpit-dates.js
    dateFormat: {
      monthName: 'MMMM',
      day: 'DD',
      abbr: 'DD/MM/YYYY HH:mm',
      normal: 'DD/MM/YYYY HH:mm',
      long: 'dddd, DD/MM/YYYY HH:mm',
      short: 'DD/MM/YYYY'
    },
    ...(appName === 'Cockpit' ? cockpitDates() : {}),
    ...(appName === 'Tasklist' && language === 'vi' ? tasklistForms() : {})
  };
}

/** Cockpit ignores `dateFormat`: an AngularJS module of PlanCycle's (cockpit-dates.js) sets its formats. */
function cockpitDates() {
  return {
    requireJsConfig: {
      deps: ['plancycle-cockpit-dates'],
      ngDeps: ['plancycle.cockpitDates'],
      paths: {
        // absolute (/camunda/plancycle/cockpit-dates), RequireJS adds .js
        'plancycle-cockpit-dates': new URL('cockpit-dates', import.meta.url).pathname
      }
    }
  };
}

/** Tasklist's Camunda Forms show form-js's English validation messages: tasklist-forms.js says them in Vietnamese. */
function tasklistForms() {
  return {
    requireJsConfig: {
      deps: ['plancycle-tasklist-forms'],
      ngDeps: [],
      paths: {
        'plancycle-tasklist-forms': new URL('tasklist-forms', import.meta.url).pathname
      }
    }
  };
}
