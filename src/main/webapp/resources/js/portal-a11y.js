/* Minwon Portal, issue 17 (KWCAG 2.2), after the page loads and after every ajax update:
   - every field message (p:message) is tied to its field with aria-describedby, so the error is read with the field;
   - a data view's list/grid switch gets the names its page gives (data-list-label, data-grid-label);
   - TAB leaves a rich-text editor instead of writing a tab character (no keyboard trap, WCAG 2.1.2). */
(function () {
  'use strict';
  function fieldOf(target) {
    if (target.matches('input, select, textarea, button, [tabindex]')) {
      return target;
    }
    return document.getElementById(target.id + '_focus') || document.getElementById(target.id + '_input')
        || target.querySelector('input:not([type=hidden]), select, textarea, [role=combobox], [role=radiogroup]')
        || target;
  }
  function tie() {
    document.querySelectorAll('.ui-message[data-target]').forEach(function (message) {
      var target = message.id && document.getElementById(message.getAttribute('data-target'));
      if (!target) {
        return;
      }
      var field = fieldOf(target);
      var ids = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
      if (ids.indexOf(message.id) < 0) {
        ids.push(message.id);
        field.setAttribute('aria-describedby', ids.join(' '));
      }
    });
  }
  function nameLayoutSwitches() {
    document.querySelectorAll('.ui-dataview[data-list-label]').forEach(function (view) {
      view.querySelectorAll('.ui-dataview-layout-options input[type=radio]').forEach(function (radio) {
        var label = view.getAttribute('data-' + radio.value + '-label');
        if (label) {
          radio.setAttribute('aria-label', label);
          radio.parentNode.setAttribute('title', label);
        }
      });
    });
  }
  function releaseTab() {
    if (!window.Quill) {
      return;
    }
    document.querySelectorAll('.ui-texteditor .ql-container').forEach(function (container) {
      var quill = window.Quill.find(container);
      if (!quill || !quill.keyboard || quill.keyboard.portalTabReleased) {
        return;
      }
      ['Tab', 9].forEach(function (key) {
        if (quill.keyboard.bindings[key]) {
          quill.keyboard.bindings[key] = [];
        }
      });
      quill.keyboard.portalTabReleased = true;
    });
  }
  function all() {
    tie();
    nameLayoutSwitches();
    releaseTab();
  }
  function start() {
    all();
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', all);
      // PrimeFaces creates its widgets (text editors too) after the document is ready.
      window.jQuery(window).on('load', all);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
