/** @file vendors.h
 *  @param hcloud_token "7Ausae5yDNMrJssSXsT0VHHF8D3LLFxeHeVOp97mftZvpqKhrivKX8fuIKibYe9v"
 *  @param hcloud_server_id "02330930"
 *  @param hcloud_token_truncated "7Ausae5yDN..."
 *  @param hcloud_token_example "${HCLOUD_TOKEN}"
 *  @see getenv("HCLOUD_TOKEN")
 */
