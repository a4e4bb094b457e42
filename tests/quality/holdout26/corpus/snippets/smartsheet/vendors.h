/** @file vendors.h
 *  @param smartsheet_access_token "tsdV34EfWGt9ZYVvRtITyURl7H5NMQ0tm35Gd"
 *  @param smartsheet_sheet_id "4223950763859784"
 *  @param smartsheet_access_token_masked "tsdV************35Gd"
 *  @param smartsheet_access_token_example "not-set"
 *  @see getenv("SMARTSHEET_ACCESS_TOKEN")
 */
