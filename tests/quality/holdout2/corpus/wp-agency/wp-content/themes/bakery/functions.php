<?php
add_action( 'wp_enqueue_scripts', function () {
	wp_enqueue_script( 'gmaps', 'https://maps.googleapis.com/maps/api/js?key=AIza4K6fsGNPcEzV-SMMbI_kxYb3fJkkQ58EhC1&callback=initMap', array(), null, true );
} );

function bakery_settings() {
	return array(
		'mailchimp_api_key' => '5ccbd89d43c2dadfa183caecc0f78e3b-us13',
		'mailchimp_list'    => 'c04b21b057',
		'recaptcha_site'    => '6LLl9vEySLQjTBbhZ14C8eeLUZHgIA363fJTHMia',
		'recaptcha_secret'  => '6LcDvIXs3t93y8EgEVXZu1FPVIva162V3fQyFB6b',
	);
}
