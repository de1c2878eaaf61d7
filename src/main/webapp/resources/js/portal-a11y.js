/* Minwon Portal, issue 17 (KWCAG 2.2), after the page loads and after every ajax update:
   - every field message (p:message) is tied to its field with aria-describedby, so the error is read with the field;
   - a data view's list/grid switch gets the names its page gives (data-list-label, data-grid-label);
   - TAB leaves a rich-text editor instead of writing a tab character (no keyboard trap, WCAG 2.1.2);
   - a data table without a name of its own is named by the heading it stands under (aria-labelledby). */
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
  var tableHeadings = 0;
  function nameTables() {
    document.querySelectorAll('.ui-datatable table, table.simple').forEach(function (table) {
      if (table.getAttribute('aria-label') || table.getAttribute('aria-labelledby') || table.querySelector('caption')) {
        return;
      }
      var owner = table.closest('.ui-datatable');
      if (owner && owner.getAttribute('aria-label')) {
        table.setAttribute('aria-label', owner.getAttribute('aria-label'));
        return;
      }
      // The nearest heading before the table in document order.
      var headings = document.querySelectorAll('main h1, main h2, main h3');
      var heading = null;
      headings.forEach(function (h) {
        if (h.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING) {
          heading = h;
        }
      });
      if (heading) {
        if (!heading.id) {
          tableHeadings += 1;
          heading.id = 'table-heading-' + tableHeadings;
        }
        table.setAttribute('aria-labelledby', heading.id);
      }
    });
  }
  function all() {
    tie();
    nameLayoutSwitches();
    releaseTab();
    nameTables();
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
