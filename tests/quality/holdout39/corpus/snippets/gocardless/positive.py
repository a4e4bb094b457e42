# gocardless
client = GocardlessClient(api_key="live_8gq0TlLaftvos6hkdTnooJDcj_Nvx21z2mtJMb7n")
