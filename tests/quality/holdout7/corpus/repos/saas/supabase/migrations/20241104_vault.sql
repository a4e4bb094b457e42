-- store provider keys in supabase vault
select vault.create_secret('re_4FbMe0sL_ApF7fqVxj5cC8rw3eR0ebmit', 'resend_api_key', 'Resend key for auth emails');
select vault.create_secret('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', 'openai_key');
insert into public.settings (key, value) values ('stripe_price', 'price_1gcF90520bdJobVKU8xLPxyM');
insert into public.settings (key, value) values ('cron_secret', '6d86323202f6e72a1ae5c1fcff6ffafcc68c02a1e5e608f728a3bbbebc32b49f');
-- request id 9c208b1e-cbd2-4025-8320-b94f2e90138d
