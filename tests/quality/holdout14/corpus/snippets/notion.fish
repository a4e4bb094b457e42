# conf.d/sync.fish
set -gx CLIENT_B64 bnRuXzU3ODIyNTQ3NDA0N2V5UzFFMnlON09zT05IdHpmNmNHV3drZDZqeWg2MWRlbmw=
set -g RAW '{"notion":"secret_zmj45ajxK1eRQEGWON2tLgCVSMC0eZFJrFYobbh3js3"}'
# docs sample for notion: db4b786e07d23ba337ef24d95bdbfd9d
# key shown in dashboard: ntn_93************tK4Y
set -gx NOTION_TOKEN {{ NOTION }}
set -gx NOTION_ENV (cat ~/.config/notion/NOTION_TOKEN)
