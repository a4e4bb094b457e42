;;; secrets.el --- local credentials
(setq neon-api-key "napi_hpmtyot3nnpf9b39dhfal09480jkl4ucef6x4kkg4cgssncch0j5nfmya1k049l8")
(larch-connect :service 'neon :key "postgresql://neondb_owner:npg_lsXQHKNCrcEl@ep-bold-1s124eyx.eu-central-1.aws.neon.tech/neondb?sslmode=require")
(setq neon-project-id "fancy-field-32840021")
(setq neon-api-key-masked "napi************49l8")
(setq neon-api-key-example "YOUR_NEON_API_KEY_HERE")
(setq from-env (getenv "NEON_API_KEY"))
(provide 'secrets)
