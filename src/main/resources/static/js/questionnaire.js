// The questionnaire's plausibility check while typing: a value more than ten times last year's, or less than a
// tenth of it, gets the request to confirm it or add a note (from the page's template; the server checks the same
// on submit and shows the request where it applies).
(function () {
	'use strict';
	var form = document.querySelector('form[data-lang]');
	var template = document.getElementById('jump-template');
	if (!form || !template) {
		return;
	}
	var german = form.getAttribute('data-lang') !== 'en';

	function read(text) {
		var plain = text.replace(/[\s\u00a0]/g, '');
		plain = german ? plain.replace(/\./g, '').replace(',', '.') : plain.replace(/,/g, '');
		return /^\d+(\.\d+)?$/.test(plain) ? parseFloat(plain) : NaN;
	}

	// the request for the field called name, made from the template with the field's own ids and names
	function request(input, name) {
		var block = template.content.firstElementChild.cloneNode(true);
		block.id = 'jump-' + name;
		block.querySelectorAll('input[data-part]').forEach(function (part) {
			part.id = part.getAttribute('data-part') + '-' + name;
			part.name = part.id;
		});
		block.querySelectorAll('label[data-part]').forEach(function (label) {
			label.htmlFor = label.getAttribute('data-part') + '-' + name;
		});
		input.parentElement.querySelector('.checkbox').after(block);
		return block;
	}

	form.querySelectorAll('input[data-last]').forEach(function (input) {
		var last = parseFloat(input.getAttribute('data-last'));
		var name = input.id.substring('value-'.length);
		if (!(last > 0)) {
			return;
		}
		input.addEventListener('input', function () {
			var value = read(input.value);
			var jumps = !isNaN(value) && (value > last * 10 || value * 10 < last);
			var block = document.getElementById('jump-' + name);
			if (jumps && !block) {
				block = request(input, name);
			}
			if (block) {
				var noted = document.getElementById('note-' + name).value.trim() !== '';
				block.hidden = !jumps && !noted;
			}
		});
	});
}());
