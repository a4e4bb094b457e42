<?php
/**
 * Pushes WooCommerce customers into HubSpot.
 * v1 used the account API key; v2 (below) the private app token.
 */
define( 'BAKERY_HUBSPOT_TOKEN', 'pat-na1-a731a257-63a6-4684-8d84-50dd13676847' );
define( 'BAKERY_HUBSPOT_PORTAL', 7416465 );
define( 'BAKERY_HUBSPOT_FORM', 'b7d3ca47-3e74-46c3-814d-fb3c159769fe' );

class Bakery_HubSpot_Sync {
	// legacy endpoint, kept for the nightly backfill
	const LEGACY_URL = 'https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=d44745e6-1fb5-4547-8451-653b58c44710&count=100';

	private $fallback_key = '00000000-0000-0000-0000-000000000000';

	public function push( $contact ) {
		return wp_remote_post( 'https://api.hubapi.com/crm/v3/objects/contacts', array(
			'headers' => array(
				'Authorization' => 'Bearer ' . BAKERY_HUBSPOT_TOKEN,
				'Content-Type'  => 'application/json',
			),
			'body'    => wp_json_encode( array( 'properties' => $contact ) ),
		) );
	}
}
