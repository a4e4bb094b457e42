# users.auth.php
# login:passwordhash:Real Name:email:groups,comma,separated
admin:$2y$10$f3D55EIxy85q5rkxqw4q5bIHXB3yKUOxZ0G3iWGi4csA/UHoLhsOd:Wiki Admin:admin@larchwood.dev:admin,user
lotte:$6$Q93JIDQihKLIjanC$QWr0Dph9ZxVFJS/Q2KwwZUDTZbuYg1GSLBymAwQDPJqNZMK8ezQlc3Jgm.F8.D/CHBwn/bqawrcVaJzZc/IrB/:Lotte B:lotte@larchwood.dev:user
