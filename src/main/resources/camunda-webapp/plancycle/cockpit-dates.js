/*
 * Cockpit writes its dates as set in its own code (2026-11-23T08:30:00), not from config.js's
 * `dateFormat`: this AngularJS module, which webapps.js adds to Cockpit through `requireJsConfig`
 * (Camunda's hook for custom modules), sets them to dd/MM/yyyy after Cockpit did.
 */
define(['angular'], function (angular) {
  angular.module('plancycle.cockpitDates', []).config(['camDateFormatProvider', function (formats) {
    formats.setDateFormat('DD/MM/YYYY HH:mm:ss', 'normal');
    formats.setDateFormat('DD/MM/YYYY HH:mm', 'abbr');
    formats.setDateFormat('dddd, DD/MM/YYYY HH:mm:ss', 'long');
    formats.setDateFormat('DD/MM/YYYY', 'short');
  }]);
});
