/*
 * The team's navigation on a phone: one menu, closed when a page comes, so that the header is one line and the
 * page's content starts on the first screen. On a wider screen the menu is always open and its button hidden (the
 * style sheet), so the groups sit in one line. Without this script the menu stays open: every link is still there.
 */
(function () {
  'use strict';

  var menu = document.querySelector('.admin-menu');
  if (!menu) {
    return;
  }
  var phone = window.matchMedia('(max-width: 40rem)');
  function fit() {
    menu.open = !phone.matches;
  }
  fit();
  phone.addEventListener('change', fit);
}());
