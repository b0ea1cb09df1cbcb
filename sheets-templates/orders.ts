/** Orders (订单): one row an order line; (Order ID, SKU) is unique. */
import type { TabDef } from './schema';

export const ORDERS = {
  name: 'Orders',
  filter: true,
  zh: '订单',
  about: 'One row an order line, imported from the marketplace export; (Order ID, SKU) is unique.',
  color: '#188038',
  columns: [
    { field: 'orderId', en: 'Order ID', zh: '订单号', type: 'text', width: 140 },
    { field: 'orderDate', en: 'Order Date', zh: '下单时间', type: 'datetime', width: 130 },
    { field: 'customerId', en: 'Customer ID', zh: '客户ID', type: 'text', customerText: true, width: 120 },
    { field: 'customerName', en: 'Customer Name', zh: '客户名称', type: 'text', customerText: true, width: 120 },
    { field: 'email', en: 'Email', zh: '邮箱', type: 'text', customerText: true, width: 160 },
    { field: 'sku', en: 'SKU', zh: 'SKU', type: 'text', width: 100 },
    { field: 'product', en: 'Product', zh: '商品名称', type: 'text', customerText: true, width: 200 },
    { field: 'quantity', en: 'Quantity', zh: '数量', type: 'integer', width: 70 },
    { field: 'amount', en: 'Amount', zh: '金额', type: 'number', width: 90 },
    { field: 'status', en: 'Status', zh: '订单状态', type: 'text', width: 100 },
    { field: 'channel', en: 'Channel', zh: '渠道', type: 'text', width: 100 },
  ],
} as const satisfies TabDef;
