window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "sam@sam.example",
      "createdVia" : "web",
      "username" : "samriv_example",
      "accountId" : "1106000000000000001",
      "createdAt" : "2019-03-14T09:12:44.000Z",
      "accountDisplayName" : "Samuel Rivera"
    }
  }
]
