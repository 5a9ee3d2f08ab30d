import type { MessageTree } from './en.js';
import { jaPortalWords } from './portal/ja.js';

/** Japanese; the keys are English's (en.ts); Japanese has one plural form (_other). */
export const ja: MessageTree = {
  mail: {
    layout: {
      linkFallback: 'ボタンが機能しない場合は、次のリンクをブラウザーにコピーしてください:',
      notificationReason: 'このメールは、カスタマーポータルの通知設定に基づいて送信されています。',
      notificationSettings: '通知設定',
      unsubscribe: 'これらのメールの配信を停止',
      portal: 'カスタマーポータル',
    },
    notice: { action: 'カスタマーポータルを開く' },
    seats_other: '{{count}} シート',
    invitation: {
      subject: 'カスタマーポータルの {{organization}} への招待',
      lead: '{{invitedBy}} さんから、カスタマーポータルの {{organization}} に {{role}} として参加するよう招待されました。',
      action: '招待を承諾',
      expires: 'このリンクは 1 回のみ有効で、{{expires}} に期限切れになります。',
      ignore: 'この招待に心当たりがない場合は、このメールを無視してください。',
      reason: '{{invitedBy}} さんがこのアドレスを招待したため、このメールが送信されました。',
    },
    assignment: {
      subjectAssigned: '{{product}}: {{organization}} で {{seats}} が割り当てられました',
      subjectEnded: '{{product}} の割り当てが解除されました',
      leadAssigned:
        '{{changedBy}} さんが {{organization}} で {{product}}(エンタイトルメント {{entitlement}})の {{seats}} をあなたに割り当てました。',
      leadEnded:
        '{{changedBy}} さんが {{organization}} で {{product}}(エンタイトルメント {{entitlement}})のあなたへの割り当てを解除しました。アクティベーションは管理者が終了するまで残ります。',
      stepsIntro: 'アクティベートするには:',
      stepOpen: 'カスタマーポータルにサインインして、ライセンスを開きます: {{url}}',
      stepKey: 'ライセンスを開いてキーを表示し、そのキーをソフトウェアに入力します。',
      stepUser:
        'ソフトウェアがユーザーを尋ねたら、このメールアドレスを入力します。アクティベーションにはあなたのシートが使われます。',
      action: 'ライセンスを開く',
      reason: 'ライセンスの割り当てが変更されたため、このメールが送信されました。',
    },
    renewal: {
      subject: '更新のリクエスト: {{product}}、{{entitlement}}({{organization}})',
      lead: '{{organization}} の {{requester}} さんがこのライセンスの更新をリクエストしています。',
      organization: '組織',
      product: '製品',
      license: 'ライセンス',
      entitlement: 'エンタイトルメント',
      salesOrder: '受注番号',
      poNumber: '発注番号',
      expires: '有効期限 (UTC)',
      never: 'なし',
      seats: 'シート数',
      seatsInUse: '使用中のシート',
      requestedBy: 'リクエスト者',
      message: 'メッセージ',
      action: '{{requester}} さんに返信',
      reason:
        'このメールは、顧客の管理者がライセンスの更新をリクエストしたときにカスタマーポータルから送信されます。',
    },
    passwordReset: {
      subject: 'カスタマーポータルのパスワードをリセット',
      lead: 'このメールアドレスのカスタマーポータル アカウントについて、パスワードのリセットがリクエストされました。',
      expires:
        '下のリンクは 1 回のみ有効で、{{minutes}} 分後に期限切れになります。リクエストしていない場合は、このメールを無視してください。パスワードは変更されません。',
      action: '新しいパスワードを設定',
      reason:
        'カスタマーポータルでパスワードのリセットがリクエストされたため、このメールが送信されました。',
    },
    emailChange: {
      subject: 'カスタマーポータルの新しいメールアドレスを確認してください',
      lead: '{{name}} さんが、カスタマーポータルのアカウントで {{oldEmail}} の代わりにこのアドレスを使用するようリクエストしました。',
      expires:
        '下のリンクを開いて確認してください。リンクは 1 回のみ有効で、24 時間後に期限切れになります。リクエストしていない場合は、このメールを無視してください。',
      action: '新しいアドレスを確認',
      reason:
        'カスタマーポータルでメールアドレスの変更がリクエストされたため、このメールが送信されました。',
    },
    emailChanged: {
      subject: 'カスタマーポータルのメールアドレスが変更されました',
      lead: 'カスタマーポータルのアカウントは、今後このアドレスではなく {{newEmail}} でサインインします。',
      warning: 'この変更に心当たりがない場合は、すぐに管理者に連絡してください。',
      action: 'カスタマーポータルを開く',
    },
    securityReason: 'このセキュリティ通知は、通知設定にかかわらず送信されます。',
  },
  notice: {
    passwordChanged: {
      title: 'パスワードが変更されました',
      body: 'カスタマーポータル アカウントのパスワードが変更されました。心当たりがない場合は、今すぐパスワードをリセットし、管理者に連絡してください。',
      bodySessions_other:
        'カスタマーポータル アカウントのパスワードが変更され、{{count}} 件のセッションがサインアウトされました。心当たりがない場合は、今すぐパスワードをリセットし、管理者に連絡してください。',
    },
    newSignIn: {
      title: 'アカウントへの新しいサインイン',
      body: '{{when}} に {{device}}({{ip}})からアカウントにサインインがありました。ご本人の場合は何もする必要はありません。心当たりがない場合は、パスワードを変更し、他のセッションをサインアウトしてください。',
    },
    licenseExpiring: {
      titleExpired: '{{product}} のライセンスの有効期限が切れました',
      titleToday: '{{product}} のライセンスは本日期限切れになります',
      titleDays_other: '{{product}} のライセンスはあと {{count}} 日で期限切れになります',
      bodyExpired:
        '{{organization}} の {{product}} のライセンス(末尾 {{last4}})の有効期限が切れました({{date}})。更新については販売元にお問い合わせください。',
      bodyToday:
        '{{organization}} の {{product}} のライセンス(末尾 {{last4}})は本日期限切れになります({{date}})。更新については販売元にお問い合わせください。',
      bodyDays_other:
        '{{organization}} の {{product}} のライセンス(末尾 {{last4}})はあと {{count}} 日で期限切れになります({{date}})。更新については販売元にお問い合わせください。',
    },
    seatsOver90: {
      title: '{{product}}: {{seats}} シート中 {{used}} シートが使用中',
      body: '{{organization}} の {{product}} のライセンス(末尾 {{last4}})は {{seats}} シート中 {{used}} シートが使用中で、90% を超えています。アクティベーションのページでシートを解放するか、販売元に追加をご依頼ください。',
    },
    heartbeatLost: {
      title: '{{host}} の {{product}} からハートビートが届かなくなりました',
      body: '{{organization}} の {{host}} にある {{product}} のアクティベーションは {{since}} 以降応答がなく、稼働中とは見なされなくなりました。',
      bodyNever:
        '{{organization}} の {{host}} にある {{product}} のアクティベーションはアクティベート以降応答がなく、稼働中とは見なされなくなりました。',
    },
    newRelease: {
      title: '{{product}} {{version}} が利用可能になりました',
      body: '{{product}} {{version}}({{channel}})が {{date}} に公開されました。{{organization}} はこの製品のライセンスを保有しています。ダウンロードのページから入手してください。',
    },
  },
  labels: {
    role: { admin: '管理者', viewer: '閲覧者' },
    channel: { stable: '安定版', beta: 'ベータ版' },
    topic: {
      licenseExpiring30: 'ライセンスの期限切れ 30 日前',
      licenseExpiring15: 'ライセンスの期限切れ 15 日前',
      licenseExpiring0: 'ライセンスの期限切れ当日',
      seatsOver90: 'ライセンスのシートの 90% 超が使用中',
      heartbeatLost: 'アクティベーションのハートビートの停止',
      newRelease: '所有製品の新しいリリース',
      newSignIn: '新しいデバイスまたはアドレスからのサインイン',
      passwordChanged: 'パスワードの変更',
    },
  },
  unsubscribe: {
    title: '配信停止',
    question: '{{email}} への「{{topic}}」に関するメールを停止しますか?',
    explain:
      'ポータル内の通知は、そちらで有効になっていれば引き続き表示されます。メールは通知設定でいつでも再開できます。',
    button: '配信を停止',
    doneTitle: '配信を停止しました',
    done: '{{email}} には「{{topic}}」に関するメールが届かなくなりました。',
    invalidTitle: 'このリンクは使用できません',
    invalid:
      'この配信停止リンクは無効です。カスタマーポータルにサインインし、通知設定でメールを変更してください。',
    settings: '通知設定',
  },
  csv: {
    audit: {
      dateTime: '日時 ({{timeZone}})',
      message: 'メッセージ',
      type: '種類',
      user: 'ユーザー',
      userId: 'ユーザー ID',
      action: '操作',
      ip: 'IP アドレス',
      targetType: '対象の種類',
      targetId: '対象 ID',
      occurredAtUtc: '発生日時 (UTC)',
      eventId: 'イベント ID',
    },
    activations: {
      activatedAtUtc: 'アクティベーション日時 (UTC)',
      activatedAtZone: 'アクティベーション日時 ({{timeZone}})',
      productName: '製品名',
      projectName: 'プロジェクト名',
      projectManager: 'プロジェクトマネージャー',
      activatedBy: 'アクティベート実行者',
      entitlementId: 'エンタイトルメント ID',
      serialNumber: 'シリアル番号',
      kind: '種類',
      identifier: '識別子',
      hostname: 'ホスト名',
      platform: 'プラットフォーム',
      seats: 'シート数',
      status: 'ステータス',
      lastHeartbeatUtc: '最終ハートビート (UTC)',
      deactivatedAtUtc: '非アクティブ化日時 (UTC)',
      deactivatedAtZone: '非アクティブ化日時 ({{timeZone}})',
      deactivatedBy: '非アクティブ化実行者',
      activationId: 'アクティベーション ID',
    },
  },
  ...jaPortalWords,
};
