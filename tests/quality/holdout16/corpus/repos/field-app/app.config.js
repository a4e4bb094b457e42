export default ({ config }) => ({
  ...config,
  name: 'Riverbend Field',
  slug: 'riverbend-field',
  extra: {
    mixpanelToken: '937247c7d49be092c7dd307732ee4fb7',
    mixpanelSecret: 'b4ed5fae400a79ff9b95b9ad7b521114',
    supabaseUrl: 'https://j90dltl2lffs542son2v.supabase.co',
    supabaseKey: 'sb_publishable_rwCZYhkKAwin7-mwQIFrN5UcoaaVU1c',
    eas: { projectId: '38b31cc7-25be-4bb1-883c-e43103af17aa' },
  },
});
