/*
 * Camunda Forms in Tasklist 7.24 (form-js) write their validation messages in English only, as fixed
 * sentences in form-js's code ("Field is required.", "Field must have maximum length of 2000." ...). When the
 * person reads Vietnamese, this module (added to Tasklist by webapps.js through `requireJsConfig`) rewrites
 * those sentences in Vietnamese as form-js shows them, leaving anything it does not know untouched.
 * The limits themselves are the forms' own, and the server checks the same ones (system/FormRules).
 */
define([], function () {
  var RULES = [
    [/^Field is required\.$/, function () { return 'Mục này là bắt buộc.'; }],
    [/^Field must have minimum length of (\d+)\.$/, function (m) { return 'Cần ít nhất ' + m[1] + ' ký tự.'; }],
    [/^Field must have maximum length of (\d+)\.$/, function (m) { return 'Tối đa ' + m[1] + ' ký tự.'; }],
    [/^Field must have minimum value of (-?[\d.]+)\.$/, function (m) { return 'Giá trị nhỏ nhất là ' + m[1] + '.'; }],
    [/^Field must have maximum value of (-?[\d.]+)\.$/, function (m) { return 'Giá trị lớn nhất là ' + m[1] + '.'; }],
    [/^Field must match pattern .*\.$/, function () { return 'Giá trị chưa đúng dạng yêu cầu (xem hướng dẫn dưới ô).'; }],
    [/^Field must be a valid email\.$/, function () { return 'Địa chỉ thư điện tử không hợp lệ.'; }],
    [/^Value is not a number\.$/, function () { return 'Giá trị phải là một số.'; }],
    [/^Value is expected to be an integer\.$/, function () { return 'Giá trị phải là số nguyên.'; }],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, function (m) {
      return 'Giá trị có tối đa ' + m[1] + ' chữ số thập phân.';
    }],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, function (m) {
      return 'Giá trị không hợp lệ; hai giá trị hợp lệ gần nhất là ' + m[1] + ' và ' + m[2] + '.';
    }]
  ];

  function vietnamese(text) {
    var trimmed = text.trim();
    for (var i = 0; i < RULES.length; i++) {
      var m = RULES[i][0].exec(trimmed);
      if (m) {
        return RULES[i][1](m);
      }
    }
    return null;
  }

  function translate(root) {
    var errors = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error') : [];
    for (var i = 0; i < errors.length; i++) {
      var walker = document.createTreeWalker(errors[i], NodeFilter.SHOW_TEXT);
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        var text = vietnamese(node.nodeValue);
        if (text !== null) {
          node.nodeValue = text;
        }
      }
    }
  }

  new MutationObserver(function () {
    translate(document);
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
  return {};
});
