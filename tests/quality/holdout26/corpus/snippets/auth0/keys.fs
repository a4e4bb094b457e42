\ loaded by the kiosk firmware

: auth0-client-secret s" NP4VdezneVQaXHtdwwE8MIt9w5uB7KZ0rpCOK-ChZa9zBwU1t9211c9xPBXbwX4_" ;
: auth0-client-id s" yp5FyYvgzdoZMCeIR5wuBIwvwEqYK8TM" ;
: auth0-client-secret-sha256 s" b470bc6c6ec950dc8e64aa42e946deabd0366fdc36b356f24600ac29593ac55a" ;
: auth0-client-secret-example s" $(AUTH0_CLIENT_SECRET)" ;
: from-env s" AUTH0_CLIENT_SECRET" getenv ;
