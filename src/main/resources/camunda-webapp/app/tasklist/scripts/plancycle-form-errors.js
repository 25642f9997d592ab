/*
 * PlanCycle: the validation messages of Camunda Forms (form-js, bundled with Tasklist 7.24) are English only.
 * This Tasklist custom script (config.js, customScripts) shows them in Vietnamese when Tasklist speaks
 * Vietnamese (the browser prefers vi, or prefers neither vi nor en: Vietnamese is the fallback).
 */
const RULES = [
  [/^Field is required\.$/, () => 'Trường này là bắt buộc.'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Cần nhập ít nhất ${m[1]} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Không được nhập quá ${m[1]} ký tự.`],
  [/^Field must match pattern .*\.$/, () => 'Giá trị không đúng định dạng (xem hướng dẫn dưới trường).'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Giá trị không được nhỏ hơn ${m[1]}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Giá trị không được lớn hơn ${m[1]}.`]
];

function speaksVietnamese() {
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ''];
  for (const language of languages) {
    const code = String(language).toLowerCase();
    if (code.startsWith('vi')) {
      return true;
    }
    if (code.startsWith('en')) {
      return false;
    }
  }
  return true;
}

function translate(element) {
  const text = element.textContent.trim();
  for (const [pattern, message] of RULES) {
    const match = text.match(pattern);
    if (match) {
      element.textContent = message(match);
      return;
    }
  }
}

function translateAll(root) {
  if (root.querySelectorAll) {
    root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error span, .fjs-form-field-error li')
      .forEach((element) => {
        if (element.children.length === 0) {
          translate(element);
        }
      });
  }
}

if (speaksVietnamese() && typeof MutationObserver !== 'undefined') {
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const target = mutation.target.nodeType === 1 ? mutation.target : mutation.target.parentElement;
      if (target) {
        translateAll(target.closest('.fjs-form-field') || target);
      }
    }
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
}

export default [];
