namespace InventoryClient.Properties {
    internal sealed partial class Settings : global::System.Configuration.ApplicationSettingsBase {
        [global::System.Configuration.ApplicationScopedSettingAttribute()]
        [global::System.Configuration.DefaultSettingValueAttribute("44516582e8f9963385ee266c1b982b26")]
        public string ShipStationApiSecret {
            get { return ((string)(this["ShipStationApiSecret"])); }
        }

        [global::System.Configuration.ApplicationScopedSettingAttribute()]
        [global::System.Configuration.DefaultSettingValueAttribute("19fd854a3aef3118e0f62d6ba0244ae5")]
        public string DatadogApiKey {
            get { return ((string)(this["DatadogApiKey"])); }
        }

        [global::System.Configuration.UserScopedSettingAttribute()]
        [global::System.Configuration.DefaultSettingValueAttribute("509f975e-8461-4ad4-8973-e8abf5abe6cb")]
        public global::System.Guid InstallationId {
            get { return ((global::System.Guid)(this["InstallationId"])); }
        }
    }
}
