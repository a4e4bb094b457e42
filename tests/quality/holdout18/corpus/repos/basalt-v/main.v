module main

const telegram_token = '9598453128:AAKTN7C-8d2XEqwbL8FFCYdSvXurebj_DKQ'
const chat_id = '7081036960'

fn main() {
	println('bot starting')
}
