<?php
/**
 * Fulfilment sync for the Riverbend shop.
 */
defined( 'ABSPATH' ) || exit;

class RB_Fulfilment_API {
	private $consumer_key    = 'ck_2e01ef6d908c720068914a12cf407cab5b292358';
	private $consumer_secret = 'cs_8b32034609090ee2d07960d5bcb1e25f2ad5ec8b';
	private $lob_key         = 'live_893c9cc77690163468228cdd232e9f3e07f';

	public function push_order( $order_id ) {
		$order = wc_get_order( $order_id );
		return wp_remote_post( 'https://api.lob.com/v1/letters', array(
			'headers' => array( 'Authorization' => 'Basic ' . base64_encode( $this->lob_key . ':' ) ),
			'body'    => array( 'to' => $order->get_formatted_shipping_address() ),
		) );
	}
}
