export const { onRequest, useSession } = QwikAuth$(() => ({
  secret: 'GqjNCQEkdeDZactkmAoUu7fu+lHhXMgJHGuwt2U1loY=',
  providers: [
    GitHub({
      clientId: 'Ov23liZK86gYwGwlu2Dt',
      clientSecret: 'cc1bac6075fab1897f12f50be6dd00f111d8dff7',
    }),
  ],
}));
