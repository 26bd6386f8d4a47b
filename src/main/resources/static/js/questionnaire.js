// The questionnaire's plausibility check while typing: a value more than ten times last year's, or less than a
// tenth of it, shows the field's request to confirm it or add a note (the server checks the same on submit).
(function () {
	'use strict';
	var form = document.querySelector('form[data-lang]');
	if (!form) {
		return;
	}
	var german = form.getAttribute('data-lang') !== 'en';

	function read(text) {
		var plain = text.replace(/[\s\u00a0]/g, '');
		plain = german ? plain.replace(/\./g, '').replace(',', '.') : plain.replace(/,/g, '');
		return /^\d+(\.\d+)?$/.test(plain) ? parseFloat(plain) : NaN;
	}

	form.querySelectorAll('input[data-last]').forEach(function (input) {
		var last = parseFloat(input.getAttribute('data-last'));
		var jump = document.getElementById(input.getAttribute('data-jump'));
		if (!jump || !(last > 0)) {
			return;
		}
		input.addEventListener('input', function () {
			var value = read(input.value);
			var jumps = !isNaN(value) && (value > last * 10 || value * 10 < last);
			var noted = jump.querySelector('input[type="text"]').value.trim() !== '';
			jump.hidden = !jumps && !noted;
		});
	});
}());
