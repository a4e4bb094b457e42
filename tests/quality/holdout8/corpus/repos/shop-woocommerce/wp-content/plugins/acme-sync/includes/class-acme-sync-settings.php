<?php
defined( 'ABSPATH' ) || exit;

// TODO move to wp-config.php before release
define( 'ACME_SYNC_WC_CONSUMER_KEY', 'ck_4e45208d08bce7816dfd6f85cbb5c725d5c6b909' );
define( 'ACME_SYNC_WC_CONSUMER_SECRET', 'cs_3a8d84878a83bf758f5f64734d11517c1708505f' );
define( 'ACME_SYNC_KLAVIYO_KEY', 'pk_04d6ba14be389deb310f3d1cd6d47ce2d3' );
define( 'ACME_SYNC_KLAVIYO_SITE_ID', 'YP2AU3' );

class Acme_Sync_Settings {
	const NONCE_ACTION = 'acme_sync_save';
	public static function defaults() {
		return array(
			'api_url'    => 'https://sync.acme.example/v2',
			'api_secret' => 'aBJx7gC4WYsHvDJwzkDM0gIO8RCJqQtq8suvI5wH',
			'batch_size' => 50,
			'webhook_id' => '66f33ba8-3338-4c3e-a251-f89e5b443621',
		);
	}
}
